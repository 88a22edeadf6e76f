// Import list of package pkcs7 in backend/crypt/pkcs7 of rclone/rclone (the import blocks of its non-test files; no code kept)
package pkcs7

import (
	_ "errors"
)
