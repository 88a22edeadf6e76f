// Import list of package webserver in internal/webserver of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package webserver

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/core"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/julienschmidt/httprouter"
	_ "github.com/patrickmn/go-cache"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "log"
	_ "math"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
)
