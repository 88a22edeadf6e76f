// Import list of package shared in pkg/routes/api/shared of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package shared

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/license"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/metrics"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth"
	_ "code.vikunja.io/api/pkg/modules/auth/ldap"
	_ "code.vikunja.io/api/pkg/modules/auth/openid"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/modules/migration/csv"
	_ "code.vikunja.io/api/pkg/modules/migration/microsoft-todo"
	_ "code.vikunja.io/api/pkg/modules/migration/planka"
	_ "code.vikunja.io/api/pkg/modules/migration/ticktick"
	_ "code.vikunja.io/api/pkg/modules/migration/todoist"
	_ "code.vikunja.io/api/pkg/modules/migration/trello"
	_ "code.vikunja.io/api/pkg/modules/migration/vikunja-file"
	_ "code.vikunja.io/api/pkg/modules/migration/wekan"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/version"
	_ "context"
	_ "xorm.io/xorm"
)
