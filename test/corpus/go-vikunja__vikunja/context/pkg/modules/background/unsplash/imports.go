// Import list of package unsplash in pkg/modules/background/unsplash of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package unsplash

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/background"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/web"
	_ "context"
	_ "encoding/gob"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/labstack/echo/v5"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "xorm.io/xorm"
)
