// Import list of package initialize in pkg/initialize of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package initialize

import (
	_ "code.vikunja.io/api/pkg/audit"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/cron"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/i18n"
	_ "code.vikunja.io/api/pkg/license"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/mail"
	_ "code.vikunja.io/api/pkg/migration"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/auth/ldap"
	_ "code.vikunja.io/api/pkg/modules/auth/openid"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/modules/migration/handler"
	_ "code.vikunja.io/api/pkg/plugins"
	_ "code.vikunja.io/api/pkg/plugins/yaegi"
	_ "code.vikunja.io/api/pkg/red"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/websocket"
	_ "time"
)
