// Import list of package tpm in server/tpm of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package tpm

import (
	_ "fmt"
)
