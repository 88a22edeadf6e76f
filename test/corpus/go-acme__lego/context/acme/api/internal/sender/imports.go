// Import list of package sender in acme/api/internal/sender of go-acme/lego (the import blocks of its non-test files; no code kept)
package sender

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/log"
	_ "io"
	_ "net/http"
	_ "regexp"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "time"
)
