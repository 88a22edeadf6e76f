// Import list of package gsl in server/gsl of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package gsl

import (
	_ "errors"
	_ "strings"
	_ "sync"
)
