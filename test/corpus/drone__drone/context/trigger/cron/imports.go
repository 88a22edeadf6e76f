// Import list of package cron in trigger/cron of drone/drone (the import blocks of its non-test files; no code kept)
package cron

import (
	_ "context"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/robfig/cron"
	_ "github.com/sirupsen/logrus"
	_ "time"
)
