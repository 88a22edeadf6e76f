// Import list of package todoist in pkg/modules/migration/todoist of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package todoist

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "encoding/json"
	_ "fmt"
	_ "net/http"
	_ "net/url"
	_ "regexp"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
