// Import list of package verifiable in fosite/handler/verifiable of ory/hydra (the import blocks of its non-test files; no code kept)
package verifiable

import (
	_ "context"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/x/errorsx"
	_ "time"
)
