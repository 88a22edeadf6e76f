// Import list of package antithesis in internal/antithesis of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package antithesis

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/antithesishq/antithesis-sdk-go/assert"
	_ "runtime/debug"
	_ "testing"
)
