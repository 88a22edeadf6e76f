// Import list of package caldav in pkg/caldav of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package caldav

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/richtext"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "errors"
	_ "github.com/arran4/golang-ical"
	_ "strconv"
	_ "strings"
	_ "time"
)
