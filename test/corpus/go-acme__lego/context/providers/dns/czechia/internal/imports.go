// Import list of package internal in providers/dns/czechia/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "time"
)
