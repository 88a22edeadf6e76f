// Import list of package transfer in service/transfer of drone/drone (the import blocks of its non-test files; no code kept)
package transfer

import (
	_ "context"
	_ "github.com/drone/drone/core"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/sirupsen/logrus"
	_ "runtime/debug"
)
