// Import list of package planka in pkg/modules/migration/planka of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package planka

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/richtext"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/web"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/c2h5oh/datasize"
	_ "maps"
	_ "math"
	_ "net/http"
	_ "net/url"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "time"
)
