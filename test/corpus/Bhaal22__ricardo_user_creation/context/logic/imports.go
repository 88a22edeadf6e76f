// Import list of package logic in logic of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package logic

import (
	_ "errors"
	_ "fmt"
	_ "github.com/Bhaal22/ricardo_user_creation/utils"
	_ "io/ioutil"
	_ "net/http"
)
