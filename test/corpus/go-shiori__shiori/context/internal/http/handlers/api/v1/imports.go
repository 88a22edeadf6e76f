// Import list of package api_v1 in internal/http/handlers/api/v1 of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package api_v1

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/http/middleware"
	_ "github.com/go-shiori/shiori/internal/http/response"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "net/http"
	_ "runtime"
	_ "strconv"
	_ "sync"
	_ "time"
)
