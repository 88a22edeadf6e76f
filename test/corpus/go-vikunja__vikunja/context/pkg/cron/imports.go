// Import list of package cron in pkg/cron of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package cron

import (
	_ "github.com/robfig/cron/v3"
)
