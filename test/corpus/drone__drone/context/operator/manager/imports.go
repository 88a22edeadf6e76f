// Import list of package manager in operator/manager of drone/drone (the import blocks of its non-test files; no code kept)
package manager

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "github.com/drone/drone-yaml/yaml/converter"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "github.com/drone/go-scm/scm"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "time"
)
