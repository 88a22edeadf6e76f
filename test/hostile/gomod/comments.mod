// only
/* not a go.mod comment */
module x // trailing //// nested // comments
//
////////
require a v1 ////indirect
require b v1 // indirect; indirect;;
