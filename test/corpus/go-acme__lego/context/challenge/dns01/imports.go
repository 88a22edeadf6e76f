// Import list of package dns01 in challenge/dns01 of go-acme/lego (the import blocks of its non-test files; no code kept)
package dns01

import (
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/acme/api"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/internal"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/miekg/dns"
	_ "iter"
	_ "log/slog"
	_ "net"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync/atomic"
	_ "time"
)
