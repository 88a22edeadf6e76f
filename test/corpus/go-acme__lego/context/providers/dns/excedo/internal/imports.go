// Import list of package internal in providers/dns/excedo/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/google/go-querystring/query"
	_ "io"
	_ "mime/multipart"
	_ "net/http"
	_ "net/url"
	_ "sync"
	_ "time"
)
