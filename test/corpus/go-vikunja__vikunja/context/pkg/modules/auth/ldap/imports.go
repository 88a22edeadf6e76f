// Import list of package ldap in pkg/modules/auth/ldap of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package ldap

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/modules/avatar"
	_ "code.vikunja.io/api/pkg/modules/avatar/upload"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/go-ldap/ldap/v3"
	_ "strings"
	_ "xorm.io/xorm"
)
