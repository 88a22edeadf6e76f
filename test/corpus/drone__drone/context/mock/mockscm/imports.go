// Import list of package mockscm in mock/mockscm of drone/drone (the import blocks of its non-test files; no code kept)
package mockscm

import (
	_ "context"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/golang/mock/gomock"
	_ "reflect"
)
