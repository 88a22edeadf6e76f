// Import list of package ats in server/ats of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package ats

import (
	_ "sync/atomic"
	_ "time"
)
