// Import list of package auto in cmd/infra/strelaypoolsrv/auto of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package auto

import (
	_ "github.com/syncthing/syncthing/lib/assets"
)
