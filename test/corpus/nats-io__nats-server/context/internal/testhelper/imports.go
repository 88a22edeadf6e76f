// Import list of package testhelper in internal/testhelper of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package testhelper

import (
	_ "fmt"
	_ "strings"
	_ "sync"
	_ "testing"
)
