// Import list of package mock in mock of drone/drone (the import blocks of its non-test files; no code kept)
package mock

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/golang/mock/gomock"
	_ "io"
	_ "net/http"
	_ "reflect"
)
