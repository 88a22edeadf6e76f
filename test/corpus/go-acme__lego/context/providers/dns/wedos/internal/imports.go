// Import list of package internal in providers/dns/wedos/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "crypto/sha1"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
