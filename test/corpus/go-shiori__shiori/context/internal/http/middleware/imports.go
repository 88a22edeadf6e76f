// Import list of package middleware in internal/http/middleware of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/http/response"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/gofrs/uuid/v5"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "net/http"
	_ "strings"
	_ "time"
)
