// Import list of package csv in pkg/modules/migration/csv of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package csv

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "encoding/csv"
	_ "encoding/json"
	_ "errors"
	_ "github.com/labstack/echo/v5"
	_ "io"
	_ "net/http"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
