// Import list of package internal in providers/dns/corenetworks/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "time"
)
