// Import list of package crdbx in oryx/crdbx of ory/hydra (the import blocks of its non-test files; no code kept)
package crdbx

import (
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/dbal"
	_ "github.com/ory/x/sqlcon"
	_ "net/http"
)
