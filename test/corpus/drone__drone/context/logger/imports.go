// Import list of package logger in logger of drone/drone (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "context"
	_ "github.com/segmentio/ksuid"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "time"
)
