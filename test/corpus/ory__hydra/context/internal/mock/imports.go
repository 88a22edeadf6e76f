// Import list of package mock in internal/mock of ory/hydra (the import blocks of its non-test files; no code kept)
package mock

import (
	_ "context"
	_ "go.uber.org/mock/gomock"
	_ "net/http"
	_ "reflect"
)
