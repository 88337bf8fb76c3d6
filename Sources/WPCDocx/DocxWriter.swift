import WPCModel
