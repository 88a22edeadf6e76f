// Import list of package dmapi in providers/dns/joker/internal/dmapi of go-acme/lego (the import blocks of its non-test files; no code kept)
package dmapi

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
