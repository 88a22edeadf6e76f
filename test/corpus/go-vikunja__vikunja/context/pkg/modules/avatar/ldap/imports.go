// Import list of package ldap in pkg/modules/avatar/ldap of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package ldap

import (
	_ "code.vikunja.io/api/pkg/modules/avatar/upload"
	_ "code.vikunja.io/api/pkg/user"
)
