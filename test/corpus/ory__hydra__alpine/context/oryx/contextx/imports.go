// Import list of package contextx in oryx/contextx of ory/hydra (the import blocks of its non-test files; no code kept)
package contextx

import (
	_ "context"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/x/configx"
	_ "net/http"
	_ "net/http/httptest"
	_ "testing"
)
