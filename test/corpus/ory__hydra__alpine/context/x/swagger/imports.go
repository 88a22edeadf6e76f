// Import list of package swagger in x/swagger of ory/hydra (the import blocks of its non-test files; no code kept)
package swagger

import (
	_ "github.com/ory/herodot"
)
