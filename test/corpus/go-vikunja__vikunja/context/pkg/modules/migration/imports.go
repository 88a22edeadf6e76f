// Import list of package migration in pkg/modules/migration of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package migration

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/background/handler"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/web"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "math"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
	_ "xorm.io/xorm"
)
