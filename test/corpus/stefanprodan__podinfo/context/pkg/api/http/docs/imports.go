// Import list of package docs in pkg/api/http/docs of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package docs

import (
	_ "github.com/swaggo/swag"
)
