// Import list of package syncer in service/syncer of drone/drone (the import blocks of its non-test files; no code kept)
package syncer

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/sirupsen/logrus"
	_ "strings"
	_ "time"
)
