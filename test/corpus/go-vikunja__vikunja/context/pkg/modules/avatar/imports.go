// Import list of package avatar in pkg/modules/avatar of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package avatar

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/avatar/botmarble"
	_ "code.vikunja.io/api/pkg/modules/avatar/empty"
	_ "code.vikunja.io/api/pkg/modules/avatar/gravatar"
	_ "code.vikunja.io/api/pkg/modules/avatar/initials"
	_ "code.vikunja.io/api/pkg/modules/avatar/ldap"
	_ "code.vikunja.io/api/pkg/modules/avatar/marble"
	_ "code.vikunja.io/api/pkg/modules/avatar/openid"
	_ "code.vikunja.io/api/pkg/modules/avatar/upload"
	_ "code.vikunja.io/api/pkg/user"
	_ "errors"
	_ "github.com/gabriel-vasile/mimetype"
	_ "image"
	_ "io"
	_ "strings"
	_ "xorm.io/xorm"
)
