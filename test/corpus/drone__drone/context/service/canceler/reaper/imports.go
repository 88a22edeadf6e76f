// Import list of package reaper in service/canceler/reaper of drone/drone (the import blocks of its non-test files; no code kept)
package reaper

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/sirupsen/logrus"
	_ "runtime/debug"
	_ "time"
)
