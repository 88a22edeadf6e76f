// Import list of package canceler in service/canceler of drone/drone (the import blocks of its non-test files; no code kept)
package canceler

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/sirupsen/logrus"
	_ "runtime/debug"
	_ "time"
)
