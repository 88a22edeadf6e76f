// Import list of package bootstrap in cmd/drone-server/bootstrap of drone/drone (the import blocks of its non-test files; no code kept)
package bootstrap

import (
	_ "context"
	_ "errors"
	_ "github.com/dchest/uniuri"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/logger"
	_ "github.com/sirupsen/logrus"
	_ "time"
)
