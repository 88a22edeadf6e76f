// Import list of package openapi in internal/httpclient of ory/hydra (the import blocks of its non-test files; no code kept)
package openapi

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "golang.org/x/oauth2"
	_ "io"
	_ "log"
	_ "mime/multipart"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "reflect"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "unicode/utf8"
)
