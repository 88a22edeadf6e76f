// Import list of package elastic in server/elastic of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package elastic

import (
	_ "weak"
)
