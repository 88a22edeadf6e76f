// Import list of package dnsmock in internal/tester/dnsmock of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnsmock

import (
	_ "fmt"
	_ "github.com/miekg/dns"
	_ "github.com/stretchr/testify/require"
	_ "math"
	_ "net"
	_ "strings"
	_ "sync"
	_ "testing"
	_ "time"
)
