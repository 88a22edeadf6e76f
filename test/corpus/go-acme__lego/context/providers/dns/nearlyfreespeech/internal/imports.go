// Import list of package internal in providers/dns/nearlyfreespeech/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "context"
	_ "crypto/sha1"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/google/go-querystring/query"
	_ "io"
	_ "math/rand/v2"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "time"
)
