// Import list of package test in test of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package test

import (
	_ "crypto/rand"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/nats-io/nats-server/v2/logger"
	_ "github.com/nats-io/nats-server/v2/server"
	_ "io"
	_ "net"
	_ "os"
	_ "regexp"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "testing"
	_ "time"
)
