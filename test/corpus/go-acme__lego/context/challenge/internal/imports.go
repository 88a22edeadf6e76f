// Import list of package internal in challenge/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/miekg/dns"
	_ "iter"
	_ "log/slog"
	_ "net"
	_ "os"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
